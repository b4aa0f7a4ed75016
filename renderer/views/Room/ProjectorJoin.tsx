import type { ProjectorView } from '../../../shared/api/methods/room.ts';
import { spacedCode } from './JoinCard.tsx';
import { QrCode } from './QrCode.tsx';

type Join = NonNullable<ProjectorView['join']>;

/** While people join: the QR code, and the address and code to type, as large as the screen allows. */
export function ProjectorJoin({
  join,
  progress,
}: {
  readonly join: Join;
  readonly progress: ProjectorView['progress'];
}) {
  return (
    <div className="projector-join">
      <div className="projector-qr">
        <QrCode svg={join.qrSvg} />
      </div>
      <div className="projector-join-text">
        <h1>Join on your phone</h1>
        <p className="projector-lead">Scan the code with your camera, or open</p>
        <p className="projector-address">{join.shortUrl}</p>
        <p className="projector-lead">and type the code</p>
        <p className="projector-code" aria-label={`Code ${[...join.code].join(' ')}`}>
          {spacedCode(join.code)}
        </p>
        <p className="projector-joined">
          {progress.joined} of {progress.seats} joined
        </p>
      </div>
    </div>
  );
}

/** A small reminder of how to join, beside the progress, for anyone arriving late. */
export function ProjectorJoinStrip({ join }: { readonly join: Join }) {
  return (
    <div className="projector-join-strip">
      <QrCode svg={join.qrSvg} />
      <p>
        <span className="muted">Not in yet? Open</span> <strong>{join.shortUrl}</strong>{' '}
        <span className="muted">and type</span>{' '}
        <strong className="projector-strip-code">{spacedCode(join.code)}</strong>
      </p>
    </div>
  );
}
