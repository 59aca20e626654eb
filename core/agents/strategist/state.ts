// The Strategist's state for one turn: the prompt's messages (system, summary, recent turns,
// the user's message) and whatever the model and its tools add while it works.
import type { BaseMessage } from '@langchain/core/messages';
import { Annotation, messagesStateReducer } from '@langchain/langgraph';

export const StrategistState = Annotation.Root({
  messages: Annotation<BaseMessage[]>({ reducer: messagesStateReducer, default: () => [] }),
  /** Model calls made this turn; tools are withdrawn at the limit so the turn always ends. */
  modelCalls: Annotation<number>({ reducer: (_, next) => next, default: () => 0 }),
});

export type StrategistStateType = typeof StrategistState.State;
