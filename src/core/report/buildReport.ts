import type { IsoDate } from '../parse/deadlineSchema';
import type { Task, TaskTable } from '../table/model';
import { assessTask } from '../deadlines/assessDeadline';
import type { Report, ReportFile, ReportFinding, ReportTable, ReportTask } from './reportSchema';

/** One file's reading: its tables and the findings that belong to the file as a whole. */
export type FileReading = { file: string; tables: TableReading[]; findings: ReportFinding[] };
export type TableReading = { table: TaskTable; findings: ReportFinding[] };

/** Builds the version-1 JSON report of DESIGN.md §4 from what was read. */
export function buildReport(files: readonly FileReading[], asOf: IsoDate): Report {
  return reportOfFiles(
    files.map((file) => toReportFile(file, asOf)),
    asOf,
  );
}

/**
 * One file's part of the report. A caller reading many files turns each into this as soon as it
 * is checked, so that the file's task table (raw and cleaned texts, parsed cells) can be freed.
 */
export function toReportFile(file: FileReading, asOf: IsoDate): ReportFile {
  return {
    file: file.file,
    tables: file.tables.map((reading) => toReportTable(reading, asOf)),
    findings: file.findings,
  };
}

/** The report of files already in report form (`toReportFile`), with their totals. */
export function reportOfFiles(reportFiles: ReportFile[], asOf: IsoDate): Report {
  const allTasks = reportFiles.flatMap((f) => f.tables.flatMap((t) => t.tasks));
  const allFindings = reportFiles.flatMap((f) => [
    ...f.findings,
    ...f.tables.flatMap((t) => t.findings),
  ]);
  return {
    version: 1,
    asOf,
    files: reportFiles,
    totals: {
      tasks: allTasks.length,
      overdue: allTasks.filter((t) => t.overdue).length,
      error: allFindings.filter((f) => f.severity === 'error').length,
      warning: allFindings.filter((f) => f.severity === 'warning').length,
      info: allFindings.filter((f) => f.severity === 'info').length,
    },
  };
}

function toReportTable({ table, findings }: TableReading, asOf: IsoDate): ReportTable {
  return {
    sheet: table.sheet,
    range: table.range,
    headerRow: table.headerRow,
    columns: table.columns,
    tasks: table.tasks.map((task) => toReportTask(task, asOf)),
    findings,
  };
}

/** A task as the report shows it: agencies by name, overdue as of the report date. */
export function toReportTask(task: Task, asOf: IsoDate): ReportTask {
  const assessment = assessTask(task, asOf);
  return {
    row: task.row,
    stt: task.stt,
    section: task.section,
    group: task.group,
    task: task.task,
    result: task.result,
    lead: task.lead.map((a) => a.name),
    partners: task.partners.map((a) => a.name),
    deadline: task.deadline,
    status: task.status.status,
    overdue: assessment.state === 'overdue',
    daysLate: assessment.state === 'overdue' ? assessment.daysLate : null,
  };
}
