import type { Config } from '../config';
import { markOutboxMailFailed, sendOutboxMail } from '../mail/send-outbox-mail';
import { createMailTransport } from '../mail/transport';
import { runYearlyConfirmationJob, YEARLY_CONFIRMATION_JOB } from '../directory/lifecycle/schedule-yearly-confirmation';
import { HOURLY_JOB, runHourlyJob } from './hourly';
import type { GiveUpHandler, JobHandlers } from './runner';

/** The one place that maps job types to their handlers. */
export function createJobHandlers(config: Config): { handlers: JobHandlers; onGiveUp: GiveUpHandler } {
	const transport = createMailTransport(config);
	return {
		handlers: {
			'mail.send': (db, payload) => sendOutboxMail(db, transport, config.mailFrom, String(payload.outboxId)),
			[YEARLY_CONFIRMATION_JOB]: async (db) => {
				await runYearlyConfirmationJob(db, config.origin);
			},
			[HOURLY_JOB]: async (db) => {
				await runHourlyJob(db, config.origin);
			}
		},
		onGiveUp: async (db, row) => {
			if (row.type === 'mail.send') await markOutboxMailFailed(db, String(row.payload.outboxId));
		}
	};
}
