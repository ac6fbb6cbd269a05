import { z } from 'zod';
import { idParams } from '#core/schemas/common';
import { inTenant, requireAuth, type ZodApp } from '../../platform/http/context';
import { requestLocale } from '../../platform/http/locale';
import { outreachContext } from './context';
import { blankContactCardPdf } from './print/blank-card-pdf';
import { workReportPdf } from './print/work-report-pdf';
import { shiftWorkReport } from './work-report';

const tags = ['outreach: print'];
const cardParams = z.strictObject({ kind: z.enum(['first', 'repeat']) });

/** The paper forms: a shift's work report and the blank contact cards, as PDF in the reader's language. */
export async function printRoutes(app: ZodApp): Promise<void> {
  app.get(
    '/api/shifts/:id/report.pdf',
    {
      config: { access: 'shifts.read' },
      schema: { tags, summary: 'The work report as a printable PDF', params: idParams },
    },
    async (request, reply) => {
      const pdf = await inTenant(request, async (tx) => {
        const report = await shiftWorkReport(tx, outreachContext(request), request.params.id);
        return workReportPdf(tx, requireAuth(request).organisation.id, report, requestLocale(request));
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="work-report-${fileId(request.params.id)}.pdf"`)
        .send(pdf);
    },
  );
  app.get(
    '/api/print/contact-cards/:kind',
    {
      config: { access: 'contacts.create' },
      schema: { tags, summary: 'A blank first or repeat contact card to print', params: cardParams },
    },
    async (request, reply) => {
      const pdf = await inTenant(request, (tx) => blankContactCardPdf(tx, request.params.kind, requestLocale(request)));
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="contact-card-${request.params.kind}.pdf"`)
        .send(pdf);
    },
  );
}

/** The file name carries the shift id only (never a date or a place that could say more). */
function fileId(id: string): string {
  return id.replace(/[^0-9a-f-]/g, '');
}
