/** After the reveal has started: nothing to answer, eyes to the front. */
export function Revealed() {
  return (
    <main className="phone-main centred revealed">
      <h1>Answers are locked</h1>
      <p className="lead">
        The reveal has started. Look at the screen at the front: the team’s answers are shown there.
      </p>
      <p className="muted">
        Keep this page open. If the facilitator opens another round of questions, it appears here.
      </p>
    </main>
  );
}
