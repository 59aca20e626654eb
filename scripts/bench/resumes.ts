// Resume reading speed on the offline path: every evaluation file (eval/resumes, all layouts)
// parsed through the extraction sandbox, the worker's own path. The sandbox reads one file at a
// time on one thread, so files per second here is files per second per core.
import { performance } from 'node:perf_hooks';
import { parseResume } from '../../core/resume/parse-resume.ts';
import { createExtractionSandbox } from '../../core/resume/text/sandbox.ts';
import { loadPeople } from '../../eval/resumes/people.ts';
import { renderAll, type Rendered } from '../../eval/resumes/render/index.ts';

const percentile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;

export async function benchResumes(rounds = 3): Promise<void> {
  const files: Rendered[] = [];
  for (const person of loadPeople()) files.push(...(await renderAll(person.resume, person.index)));
  const peakMb = () => process.resourceUsage().maxRSS / 1024;
  const before = peakMb();
  const sandbox = createExtractionSandbox();
  try {
    for (const file of files) await parseResume(file.bytes, file.fileName, { sandbox }); // warm-up: thread start, JIT
    const byLayout = new Map<string, number[]>();
    const started = performance.now();
    for (let round = 0; round < rounds; round++) {
      for (const file of files) {
        const t = performance.now();
        const outcome = await parseResume(file.bytes, file.fileName, { sandbox });
        if (!outcome.ok) throw new Error(`${file.fileName}: ${outcome.reason}`);
        byLayout.set(file.layout, [...(byLayout.get(file.layout) ?? []), performance.now() - t]);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const perSecond = (files.length * rounds) / seconds;
    console.log(`\nResume parsing, offline, through the sandbox (${files.length} files × ${rounds} rounds, one thread):`);
    for (const [layout, times] of byLayout) console.log(`  ${layout.padEnd(15)} p50 ${percentile(times, 0.5).toFixed(1)} ms, p99 ${percentile(times, 0.99).toFixed(1)} ms`);
    console.log(`  ${perSecond.toFixed(1)} resumes/s per core (target ≥ 20: ${perSecond >= 20 ? 'met' : 'NOT met'})`);
    console.log(`  peak RSS ${peakMb().toFixed(0)} MB: ${before.toFixed(0)} MB before the reader thread started (tsx, test renderers), so about ${(peakMb() - before).toFixed(0)} MB for reading`);
  } finally {
    await sandbox.close();
  }
}
