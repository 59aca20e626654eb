// A provider that fails or does not answer becomes one sentence for the chat; nothing was
// charged, and the command can simply be sent again.
import { AppError } from '../../core/errors.ts';

export async function providerCall<T>(provider: 'Stripe' | 'Paddle', command: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('billing_unavailable', `${provider} isn't answering right now, so nothing was charged. Please try ${command} again in a few minutes.`, { cause: error });
  }
}
