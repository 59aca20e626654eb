// The model's step: answer, or ask for tools. The reply streams to the chat (by message edits)
// through the `onText` the turn was invoked with; at the step limit the tools are withdrawn so
// the model must answer with what it has.
import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { StructuredToolInterface } from '@langchain/core/tools';
import type { StrategistStateType } from '../state.ts';
import type { TurnConfig } from '../turn.ts';

/** Tool rounds in one turn before the model must answer. */
export const maxModelCalls = 4;

export function callModel(tools: StructuredToolInterface[]) {
  return async (state: StrategistStateType, config: LangGraphRunnableConfig): Promise<Partial<StrategistStateType>> => {
    const { model, onText } = config.configurable as unknown as TurnConfig;
    const last = state.modelCalls + 1 >= maxModelCalls;
    const bound = (last ? model : model.bindTools(tools)).streamingTo(onText);
    const reply = await bound.invoke(state.messages, { signal: config.signal });
    return { messages: [reply], modelCalls: state.modelCalls + 1 };
  };
}

/** After the model: run the tools it asked for, or finish. */
export function afterModel(state: StrategistStateType): 'tools' | 'done' {
  const last = state.messages.at(-1) as { tool_calls?: unknown[] } | undefined;
  return last?.tool_calls?.length ? 'tools' : 'done';
}
