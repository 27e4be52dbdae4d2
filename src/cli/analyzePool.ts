import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { type AnalysisEnv, type AnalysisOptions, runTask, type Task, type TaskResult } from '../ai/analysis';
import { botSeed, gameSeed, newGameFor } from './play';

/**
 * Runs the balance report's tasks on worker threads. Each result is stored at its task's index, so the
 * report is the same for any number of threads. This file is also the workers' entry point.
 */

/** The seeds and game start `sim` uses, so analyze's heuristic and random games are sim's games. */
export const CLI_ENV: AnalysisEnv = { gameSeed, botSeed, newGame: newGameFor };

interface Job { readonly i: number; readonly task: Task }
type Reply = { readonly i: number; readonly result: TaskResult } | { readonly i: number; readonly error: string };
interface Boot { readonly summitryAnalyze: true; readonly options: AnalysisOptions }

/**
 * A worker runs TypeScript under tsx: the loader the main thread was started with does not reach worker
 * threads, so the worker first registers tsx's ESM hooks, then imports this module.
 */
function bootUrl(): URL {
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(import.meta.url)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

/** `onDone(n)` hears how many tasks have finished, for a progress line. */
export async function runTasks(o: AnalysisOptions, tasks: readonly Task[], threads: number, onDone?: (n: number) => void): Promise<TaskResult[]> {
  if (threads <= 1 || tasks.length <= 1) {
    return tasks.map((t, i) => {
      const r = runTask(CLI_ENV, o, t);
      onDone?.(i + 1);
      return r;
    });
  }
  const results: TaskResult[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (w: Worker) => {
        if (next < tasks.length) {
          const i = next++;
          w.postMessage({ i, task: tasks[i]! } satisfies Job);
        }
      };
      for (let k = 0; k < Math.min(threads, tasks.length); k++) {
        const w = new Worker(bootUrl(), { workerData: { summitryAnalyze: true, options: o } satisfies Boot });
        workers.push(w);
        w.on('message', (m: Reply) => {
          if ('error' in m) {
            reject(new Error(m.error));
            return;
          }
          results[m.i] = m.result;
          done++;
          onDone?.(done);
          if (done === tasks.length) resolve();
          else feed(w);
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (done < tasks.length) reject(new Error(`An analysis worker stopped early (exit ${code}).`));
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

// Worker side: answer jobs until the main thread terminates us.
const boot = workerData as Boot | undefined;
if (!isMainThread && parentPort && boot?.summitryAnalyze) {
  const port = parentPort;
  port.on('message', (job: Job) => {
    try {
      port.postMessage({ i: job.i, result: runTask(CLI_ENV, boot.options, job.task) } satisfies Reply);
    } catch (e) {
      port.postMessage({ i: job.i, error: e instanceof Error ? e.message : String(e) } satisfies Reply);
    }
  });
}
