/// <reference lib="webworker" />
import { db } from '@/utils/db/trich-bao-db';
import { bilingual, ImportFailure, inThreadImporter } from './backup-importer';
import type { ImportReply, ImportRequest } from './worker-importer';

// Reading a backup of thousands of clippings means one long JSON.parse (about a second for
// 10,000) and validating every record: here it happens off the library page's thread, and
// so does the import, straight into the same IndexedDB. The page only sees counts.
const importer = inThreadImporter(db);
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: ImportReply) => scope.postMessage(message);

scope.addEventListener('message', async (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'plan') reply({ type: 'planned', plan: await importer.plan(request.file) });
    else reply({ type: 'imported', result: await importer.commit((done, total) => reply({ type: 'progress', done, total })) });
  } catch (error) {
    reply({ type: 'failed', text: error instanceof ImportFailure ? error.text : bilingual(error) });
  }
});
