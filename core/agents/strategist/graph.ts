// The Strategist, the default coach for free text, as a LangGraph graph (wiring only): the
// model answers or calls tools (resume, latest match, guides, plan, story, hand-offs), the
// tools run, and the model goes again until it answers. Tools read the turn's context from
// the config, so one compiled graph serves every user.
import { END, START, StateGraph } from '@langchain/langgraph';
import { ToolNode } from '@langchain/langgraph/prebuilt';
import { afterModel, callModel } from './nodes/call-model.ts';
import { StrategistState } from './state.ts';
import { strategistTools } from './tools/index.ts';

export function createStrategistGraph() {
  const tools = strategistTools();
  return new StateGraph(StrategistState)
    .addNode('model', callModel(tools))
    .addNode('tools', new ToolNode(tools, { handleToolErrors: true }))
    .addEdge(START, 'model')
    .addConditionalEdges('model', afterModel, { tools: 'tools', done: END })
    .addEdge('tools', 'model')
    .compile();
}

export type StrategistGraph = ReturnType<typeof createStrategistGraph>;
