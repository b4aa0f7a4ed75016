import { useMemo } from 'react';
import { findInstrument } from '../../../shared/instrument/index.ts';
import { instrumentSections } from '../../../shared/instrument/sections.ts';
import { useAuditStore } from '../../stores/audit.ts';
import { useSessionStore } from '../../stores/session.ts';
import { RoomConsole } from '../Room/RoomConsole.tsx';
import { ScoringModeSwitch } from './ScoringModeSwitch.tsx';
import { displayName } from './names.ts';
import { ParticipantPicker } from './ParticipantPicker.tsx';
import { PrivacyScreen } from './PrivacyScreen.tsx';
import { ScoringSheet } from './ScoringSheet.tsx';

/**
 * Blind scoring: pick a person, hand over behind a privacy screen, score, hand to the next; or
 * open the room, where everyone scores on their own phone at once. Both can be mixed: the
 * answers are the same audit's, whichever way they came.
 */
export function Scoring() {
  const detail = useAuditStore((s) => s.detail);
  const presentation = useSessionStore((s) => s.presentation);
  const scorer = useSessionStore((s) => s.scorer);
  const handOver = useSessionStore((s) => s.handOver);
  const startScoring = useSessionStore((s) => s.startScoring);
  const handTo = useSessionStore((s) => s.handTo);
  const revealScorer = useSessionStore((s) => s.revealScorer);
  const scoringMode = useSessionStore((s) => s.scoringMode);
  const setScoringMode = useSessionStore((s) => s.setScoringMode);
  const load = useAuditStore((s) => s.load);
  const sections = useMemo(() => {
    const instrument = detail && findInstrument(detail.instrument.id, detail.instrument.version);
    return instrument ? instrumentSections(instrument) : [];
  }, [detail]);
  if (!detail) return null;
  if (sections.length === 0)
    return <p>This audit uses an instrument this version of Reality Check does not know.</p>;

  const participant = detail.participants.find((p) => p.id === scorer);
  const total = sections.reduce((sum, s) => sum + s.items.length, 0);
  const finish = () => {
    const index = detail.participants.findIndex((p) => p.id === scorer);
    const next = [...detail.participants.slice(index + 1), ...detail.participants.slice(0, index)].find(
      (p) => detail.responses.filter((r) => r.participant === p.id).length < total,
    );
    handTo(next?.id ?? null);
  };

  if (!participant) {
    const choose = (mode: typeof scoringMode) => {
      setScoringMode(mode);
      // Back at the laptop, the list counts the answers phones gave meanwhile.
      if (mode === 'laptop' && scoringMode === 'room') void load(detail.id);
    };
    return (
      <>
        <ScoringModeSwitch mode={scoringMode} onChoose={choose} />
        {scoringMode === 'room' ? (
          <RoomConsole detail={detail} presentation={presentation} />
        ) : (
          <ParticipantPicker
            detail={detail}
            sections={sections}
            presentation={presentation}
            onPick={startScoring}
          />
        )}
      </>
    );
  }
  const name = displayName(participant, presentation);
  if (handOver)
    return (
      <PrivacyScreen name={name} byCode={presentation} onReady={revealScorer} onCancel={() => handTo(null)} />
    );
  return (
    <ScoringSheet
      key={participant.id}
      detail={detail}
      participant={participant}
      name={name}
      sections={sections}
      onFinish={finish}
    />
  );
}
