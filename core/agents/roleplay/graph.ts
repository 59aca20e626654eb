// The RolePlay interviewer as a LangGraph graph (wiring only; the nodes do the work):
// classify the candidate's message, then repeat, hint, end, skip to the next question, or
// judge an answer and either follow up or move on.
import { END, START, StateGraph } from '@langchain/langgraph';
import type { Coach } from '../../coach/coach.ts';
import { advance } from './nodes/advance.ts';
import { classify } from './nodes/classify.ts';
import { afterJudging, judgeAnswer } from './nodes/judge-answer.ts';
import { end, hint, repeat } from './nodes/small-turns.ts';
import { RoleplayState } from './state.ts';

export function createRoleplayGraph(coach: Coach) {
  return new StateGraph(RoleplayState)
    .addNode('classify', classify)
    .addNode('judge', judgeAnswer(coach))
    .addNode('advance', advance)
    .addNode('repeat', repeat)
    .addNode('hint', hint)
    .addNode('end', end)
    .addEdge(START, 'classify')
    .addConditionalEdges('classify', (s) => s.intent, { answer: 'judge', skip: 'advance', repeat: 'repeat', hint: 'hint', end: 'end' })
    .addConditionalEdges('judge', afterJudging, { stay: END, advance: 'advance' })
    .addEdge('advance', END)
    .addEdge('repeat', END)
    .addEdge('hint', END)
    .addEdge('end', END)
    .compile();
}

export type RoleplayGraph = ReturnType<typeof createRoleplayGraph>;
