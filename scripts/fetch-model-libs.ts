// npm run fetch-model-libs [-- --out DIR]   (see scripts/model-libs/fetch-command.ts)
import { emit } from './cli/cli-result';
import { runFetchModelLibs } from './model-libs/fetch-command';

emit(await runFetchModelLibs(process.argv.slice(2), { progress: (line) => process.stderr.write(`${line}\n`) }));
