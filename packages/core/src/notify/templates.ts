import type { RenderedMessage } from '../ports/notify.ts';
import { fitSms } from './smsText.ts';
import { fitZnsData, type ZnsParamType } from './znsData.ts';

/** Message texts per event and language. A school may override any of them (setting `notify.templates`). */
export type TemplateSet = Record<'vi' | 'en', Record<string, { title: string; text: string }>>;

export const DEFAULT_TEMPLATES: TemplateSet = {
  vi: {
    passage_entry: { title: 'Đã vào trường', text: 'Con {student} lớp {class} đã vào trường lúc {time} ngày {date}.' },
    passage_exit: { title: 'Đã ra về', text: 'Con {student} lớp {class} đã ra khỏi trường lúc {time} ngày {date}.' },
    late: { title: 'Đi học muộn', text: 'Con {student} lớp {class} chưa đến trường lúc {time} ngày {date}.' },
    absent: { title: 'Vắng mặt', text: 'Con {student} lớp {class} vắng mặt buổi học ngày {date}.' },
    digest: { title: 'Tổng hợp trong ngày', text: 'Tổng hợp ngày {date}: {summary}' },
  },
  en: {
    passage_entry: { title: 'Arrived at school', text: '{student} ({class}) entered school at {time} on {date}.' },
    passage_exit: { title: 'Left school', text: '{student} ({class}) left school at {time} on {date}.' },
    late: { title: 'Late', text: '{student} ({class}) had not arrived by {time} on {date}.' },
    absent: { title: 'Absent', text: '{student} ({class}) is absent on {date}.' },
    digest: { title: 'Daily summary', text: 'Summary for {date}: {summary}' },
  },
};
const LINK_LABEL = { vi: 'Xem ảnh', en: 'Photo' };

/** ZNS parameter names and types of the approved templates (the school registers these with Zalo). */
export const ZNS_PARAMS: Record<string, ZnsParamType> = { student_name: 'customer_name', class_name: 'custom_label', time: 'time', date: 'time', school_name: 'product_brand', link: 'url' };

export interface RenderInput {
  kind: string; locale: 'vi' | 'en'; fallbackBody: string; vars: Record<string, string>; link: string | null;
  data: Record<string, unknown>; templates?: Partial<TemplateSet>; znsTemplateIds: Record<string, string>;
  sms: { unicode: boolean; maxSegments: number };
}

const fill = (t: string, vars: Record<string, string>) => t.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');

/** One event rendered for every channel at once; the dispatcher picks the part each channel needs. */
export function renderMessage(i: RenderInput): RenderedMessage {
  const tpl = i.templates?.[i.locale]?.[i.kind] ?? DEFAULT_TEMPLATES[i.locale][i.kind];
  // Messages with no template (sign-in codes, free announcements) are sent as written.
  const body = tpl ? fill(tpl.text, i.vars) : i.fallbackBody;
  const title = tpl?.title ?? 'Trường An';
  const text = i.link ? `${body} ${LINK_LABEL[i.locale]}: ${i.link}` : body;
  const znsId = i.znsTemplateIds[i.kind];
  const zns = znsId ? { templateId: znsId, data: fitZnsData({
    student_name: i.vars.student ?? '', class_name: i.vars.class ?? '', time: i.vars.time ?? '', date: i.vars.date ?? '',
    school_name: i.vars.school ?? '', ...(i.link ? { link: i.link } : {}),
  }, ZNS_PARAMS) } : null;
  return { kind: i.kind, locale: i.locale, title, text, sms: fitSms(body, i.link, i.sms).text, zns, link: i.link, data: i.data };
}
