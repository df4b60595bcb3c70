export * from './caseReportXlsx.ts';
export * from './caseReportPdf.ts';
export * from './tables.ts';
export * from './labels.ts';
export * from './fonts.ts';
