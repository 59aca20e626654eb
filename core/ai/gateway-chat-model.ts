// A LangChain chat model that is really the gateway: LangGraph agents (the interviewer, the
// coaches) get routing, fallback, the circuit breaker, usage rows and timeouts on every step,
// without knowing which provider answers.
import { BaseChatModel, type BaseChatModelCallOptions, type BindToolsInput } from '@langchain/core/language_models/chat_models';
import type { AIMessage, BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';

/** Receives the reply's text so far while it streams. */
export type OnText = (textSoFar: string) => void;

/** One routed model call with these tools bound; the gateway supplies it. With onText the reply streams. */
export type RoutedInvoke = (messages: BaseMessage[], tools: BindToolsInput[], signal: AbortSignal | undefined, onText?: OnText) => Promise<AIMessage>;

export class GatewayChatModel extends BaseChatModel {
  constructor(
    private readonly routed: RoutedInvoke,
    private readonly tools: BindToolsInput[] = [],
    private readonly onText?: OnText,
  ) {
    super({});
  }

  _llmType(): string {
    return 'intervai-gateway';
  }

  /** A new model with the tools bound, as LangGraph's tool-calling agents expect. */
  override bindTools(tools: BindToolsInput[]): GatewayChatModel {
    return new GatewayChatModel(this.routed, [...this.tools, ...tools], this.onText);
  }

  /** The same model, streaming each reply's text to onText as it is written (chat answers shown by edits). */
  streamingTo(onText: OnText | undefined): GatewayChatModel {
    return new GatewayChatModel(this.routed, this.tools, onText);
  }

  async _generate(messages: BaseMessage[], options: this['ParsedCallOptions'] & BaseChatModelCallOptions): Promise<ChatResult> {
    const message = await this.routed(messages, this.tools, options.signal, this.onText);
    const text = typeof message.content === 'string' ? message.content : '';
    return { generations: [{ text, message }] };
  }
}
