import fc from 'fast-check';
import { findAgenciesIn } from '../../src/core/parse/agencyRegistry';
import { findCountedAgencyLists, readAgencyList } from '../../src/core/parse/agencyCountedList';
import { agencyReadingSchema } from '../../src/core/parse/agencySchema';
import { deadlineSchema } from '../../src/core/parse/deadlineSchema';
import { findRatioClaims, findTotalClaims } from '../../src/core/parse/figureClaims';
import { readFigures } from '../../src/core/parse/findFigures';
import { parseAgencies } from '../../src/core/parse/parseAgencies';
import { parseDeadline } from '../../src/core/parse/parseDeadline';
import { parseStatus } from '../../src/core/parse/parseStatus';
import { splitAgencyList, tallyAgencyList } from '../../src/core/parse/splitAgencyList';
import { statusReadingSchema } from '../../src/core/parse/statusSchema';
import { assessTask } from '../../src/core/deadlines/assessDeadline';
import { findCarriedOverYear } from '../../src/core/deadlines/findCarriedOverYear';
import { findCompletionDate } from '../../src/core/deadlines/findCompletionDate';
import { findDirectiveDates } from '../../src/core/deadlines/findDirectiveDates';
import { findInvalidDates } from '../../src/core/deadlines/findInvalidDates';
import { findStatedDeadlines } from '../../src/core/deadlines/findStatedDeadlines';
import { columnRoleSchema } from '../../src/core/table/model';
import { anyText, reportDate } from './arbitraries';

const nullableText = fc.option(anyText, { nil: null });

// parseDeadline, parseStatus and parseAgencies have their own property files with their own
// pieces (test/core/parse); here they meet the other domains' fragments, as a real cell mixes them.
describe('the cell parsers never throw and fit their schemas on mixed domain text', () => {
  it('parseDeadline, parseStatus, parseAgencies', () => {
    fc.assert(
      fc.property(nullableText, reportDate, (text, asOf) => {
        expect(
          deadlineSchema.safeParse(parseDeadline(text, undefined, { reportDate: asOf })),
        ).toMatchObject({ success: true });
        expect(statusReadingSchema.safeParse(parseStatus(text)).success).toBe(true);
        for (const column of ['lead', 'partners'] as const) {
          expect(agencyReadingSchema.safeParse(parseAgencies(text, column)).success).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the list and figure parsers never throw', () => {
  it('agency lists: split, tally, counted lists, mentions', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const items = splitAgencyList(text);
        const tally = tallyAgencyList(items);
        expect(tally).toBeDefined();
        readAgencyList(text);
        for (const claim of findCountedAgencyLists(text)) {
          expect(Number.isInteger(claim.stated)).toBe(true);
        }
        for (const mention of findAgenciesIn(text, { listForms: true })) {
          expect(mention.start).toBeLessThan(mention.end);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('figures and the claims built on them', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const figures = readFigures(text);
        for (const figure of figures.figures) expect(Number.isFinite(figure.value)).toBe(true);
        findRatioClaims(figures);
        findTotalClaims(figures);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the deadline evidence finders never throw', () => {
  it('on any text, role and report date', () => {
    fc.assert(
      fc.property(
        nullableText,
        fc.constantFrom(...columnRoleSchema.options),
        reportDate,
        (text, role, asOf) => {
          for (const stated of findStatedDeadlines(text ?? '')) {
            expect(stated.first <= stated.last).toBe(true);
          }
          findInvalidDates(text, role);
          findCompletionDate(text, asOf);
          findDirectiveDates(text);
          findDirectiveDates(text, { citationsOnly: true });
          findCarriedOverYear([text], Number(asOf.slice(0, 4)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('assessTask on tasks whose every text is random', () => {
    fc.assert(
      fc.property(
        anyText,
        nullableText,
        nullableText,
        reportDate,
        (task, deadline, result, asOf) => {
          const assessed = assessTask(
            {
              task,
              result,
              note: null,
              deadline: parseDeadline(deadline, undefined, { reportDate: asOf }),
              status: parseStatus(result),
            },
            asOf,
          );
          if (assessed.state === 'overdue') expect(assessed.daysLate).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
