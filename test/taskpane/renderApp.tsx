import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import { planHighlights as realPlanHighlights } from '../../src/core/highlight/planHighlights';
import { buildMeetingWorkbook } from '../../src/core/summary/buildMeetingWorkbook';
import { App } from '../../src/taskpane/App';
import type { AppProps } from '../../src/taskpane/App';
import type { BuildSummary, CompareSheets } from '../../src/taskpane/services';
import { fakeServices } from './fakeServices';
import type { FakeServices } from './fakeServices';
import { fakeCheckTable } from './sampleFindings';

// jsdom lays nothing out, so it has no scrollIntoView; the list calls it on the chosen finding.
export const scrollIntoView = jest.fn();
Element.prototype.scrollIntoView = scrollIntoView;

/**
 * Renders the pane as the composition root does (StrictMode, FluentProvider), today fixed to
 * 31/01/2024, fakes for the workbook and the rules, and the real highlight planner unless the
 * test passes others.
 */
export function renderApp(
  props: Partial<Omit<AppProps, 'services'>> & { services?: FakeServices } = {},
) {
  const services = props.services ?? fakeServices();
  const checkTable = props.checkTable ?? fakeCheckTable();
  const planHighlights = props.planHighlights ?? jest.fn(realPlanHighlights);
  const compareSheets =
    props.compareSheets ??
    jest.fn<ReturnType<CompareSheets>, Parameters<CompareSheets>>(() => ({
      findings: [],
      otherTable: null,
    }));
  const buildSummary =
    props.buildSummary ??
    jest.fn<ReturnType<BuildSummary>, Parameters<BuildSummary>>(buildMeetingWorkbook);
  const view = render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App
          locale="vi"
          today="2024-01-31"
          {...props}
          services={services}
          checkTable={checkTable}
          planHighlights={planHighlights}
          compareSheets={compareSheets}
          buildSummary={buildSummary}
        />
      </FluentProvider>
    </StrictMode>,
  );
  return { ...view, services, checkTable, planHighlights, compareSheets, buildSummary };
}
