// `npm run bench`: latency figures, printed, never asserted (timings do not belong in tests).
// BENCH_USERS and BENCH_ROUNDS change the load; BENCH_ONLY=resumes|playground|platforms|ai|interviews|strategist picks a part,
// BENCH_PLATFORMS=telegram,slack,discord picks platforms.
import { benchPlatforms } from './bench/platforms.ts';
import { benchAi } from './bench/ai.ts';
import { benchPlayground } from './bench/playground.ts';
import { benchInterviews } from './bench/interviews.ts';
import { benchResumes } from './bench/resumes.ts';
import { benchStrategist } from './bench/strategist.ts';
import { header } from './bench/stats.ts';

const users = Number(process.env.BENCH_USERS ?? 200);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const only = process.env.BENCH_ONLY;

// Resumes first, so the peak RSS it prints is its own, not the load tests'.
if (!only || only === 'resumes') await benchResumes();
console.log(`${users} concurrent users, ${rounds} timed messages each (3 when steady), after one warm-up message each. All on 127.0.0.1, in one process.`);
console.log(header());
if (!only || only === 'playground') await benchPlayground(users, rounds);
if (!only || only === 'platforms') await benchPlatforms(users, rounds, (process.env.BENCH_PLATFORMS ?? '').split(',').filter(Boolean));
if (!only || only === 'ai') await benchAi();
if (!only || only === 'interviews') await benchInterviews();
if (!only || only === 'strategist') await benchStrategist();
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (servers, fakes and clients in one process)`);
process.exit(0);
