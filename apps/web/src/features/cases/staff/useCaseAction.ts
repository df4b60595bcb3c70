import { useSubmit } from '../../../hooks/use-submit.ts';
import { send } from '../lib/send.ts';

/** One case action at a time: send it, then re-read the case so every panel shows the server's truth. */
export function useCaseAction(caseId: string, reload: () => void) {
  const submit = useSubmit();
  const act = (method: 'POST' | 'PATCH', path: string, body: unknown, after?: () => void) =>
    submit.run(async () => { await send(method, `/api/cases/${caseId}${path}`, body); after?.(); reload(); });
  return { ...submit, act };
}
