/** The Rapports screen's state, kept while the app runs (leaving the screen keeps the choice). */
import type { DocumentRequest } from '$lib/generated/bindings';
import { emptyForm, type ReportForm } from './form';

export type ReportsTab = 'documents' | 'activity';

export const reports = $state<{ tab: ReportsTab; form: ReportForm; shown: DocumentRequest | null }>({
  tab: 'documents',
  form: emptyForm(),
  shown: null,
});
