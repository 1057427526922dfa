// npm run -s analyze -- FILE --rep "NAME" [--json]   (see scripts/cli/analyze-command.ts)
import { emit } from './cli/cli-result';
import { runAnalyze } from './cli/analyze-command';

emit(runAnalyze(process.argv.slice(2)));
