import type { ProjectorView } from '../../../shared/api/methods/room.ts';
import { ProjectorJoinStrip } from './ProjectorJoin.tsx';

/** While people score (blind, or in a re-vote round): how many are done, as anonymous counts only. */
export function ProjectorProgress({ view }: { readonly view: ProjectorView }) {
  const { progress, round } = view;
  const everyone = progress.seats > 0 && progress.done >= progress.seats;
  return (
    <div className="projector-progress">
      <p className="projector-done">
        {round !== null && <>Round {round}: </>}
        {everyone ? (
          round === null ? (
            'Everyone is done'
          ) : (
            'everyone is done'
          )
        ) : (
          <>
            <strong>{progress.done}</strong> of {progress.seats} done
          </>
        )}
      </p>
      <progress
        className="projector-bar"
        max={Math.max(1, progress.total)}
        value={progress.answered}
        aria-label={`${progress.answered} of ${progress.total} answers given`}
      />
      <p className="projector-lead">
        {round !== null
          ? everyone
            ? 'Thank you. The answers appear here when the facilitator closes the round.'
            : 'Your phone shows how the team answered last time. Nobody sees this round’s answers until it closes.'
          : everyone
            ? 'Thank you. The answers appear here when the facilitator starts the reveal.'
            : 'Take your time: nobody sees anyone’s answers until the reveal.'}
      </p>
      {view.join && !everyone && <ProjectorJoinStrip join={view.join} />}
    </div>
  );
}
