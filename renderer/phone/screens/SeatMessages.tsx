import { usePhoneStore } from '../store/phone-store.ts';

/** The facilitator's nudge and the phone's own notices (an answer refused, answers that could not be sent). */
export function SeatMessages() {
  const nudge = usePhoneStore((s) => s.nudge);
  const notice = usePhoneStore((s) => s.notice);
  const unknown = usePhoneStore((s) => s.items.unknown.length);
  const dismissNudge = usePhoneStore((s) => s.dismissNudge);
  const dismissNotice = usePhoneStore((s) => s.dismissNotice);
  return (
    <>
      {nudge && (
        <div className="banner banner-nudge" role="status">
          <p>
            <strong>From the facilitator: </strong>
            {nudge}
          </p>
          <button type="button" className="banner-close" onClick={dismissNudge}>
            OK
          </button>
        </div>
      )}
      {notice && (
        <div className="banner banner-notice" role="alert">
          <p>{notice}</p>
          <button type="button" className="banner-close" onClick={dismissNotice}>
            OK
          </button>
        </div>
      )}
      {unknown > 0 && (
        <p className="banner banner-notice">
          {unknown === 1 ? 'One question' : `${unknown} questions`} cannot be shown on this phone. Answer{' '}
          {unknown === 1 ? 'it' : 'them'} on the facilitator’s laptop.
        </p>
      )}
    </>
  );
}
