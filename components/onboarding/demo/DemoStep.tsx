// Step 5: the demo call. The bundled 27-minute call plays, sped up, into a mock Google Meet on this page; the real
// Meet adapter, live loop and overlay coach it (demo-session.ts), and the debrief follows when the call ends.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import demoCall from '../../../seeds/calls/demo-discovery.json';
import { parseCallScript } from '../../../lib/call-script/call-script';
import { defaultClassifier } from '../../../lib/classifier';
import type { UserSettings } from '../../../store/user-settings';
import { overlayPlaybook } from '@/components/overlay/overlay-playbook-from-methodology';
import { coachingMethodology } from '@/components/shared/coaching-methodology';
import { DebriefView } from '../../debrief/DebriefView';
import { useUserSettings } from '../../options/app/use-user-settings';
import { formatClock } from '../../shared/format';
import { t } from '../../shared/i18n';
import { DemoOverlay } from './DemoOverlay';
import { startDemoSession, type DemoSession } from './demo-session';

const DEMO_SCRIPT = parseCallScript(demoCall);
/** Call-time compression the rep can pick; 20× plays the 27-minute call in under a minute and a half. */
export const DEMO_SPEEDS = [10, 20, 40, 80] as const;
const DEFAULT_SPEED = 20;

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

function MeetingTiles() {
  const people = [{ name: t('onboarding_demo_you'), self: true }, ...DEMO_SCRIPT.buyers.map((buyer) => ({ name: buyer.name, self: false }))];
  return (
    <div className="demo-tiles" aria-hidden="true">
      {people.map((person) => (
        <div key={person.name} className={`demo-tile${person.self ? ' demo-tile-self' : ''}`}>
          <span className="demo-avatar">{person.self ? initialsOf(DEMO_SCRIPT.repName) : initialsOf(person.name)}</span>
          <span className="demo-tile-name">{person.name}</span>
        </div>
      ))}
    </div>
  );
}

function DemoProgress({ session }: { session: DemoSession }) {
  const playedMs = useStore(session.state, (state) => state.playedMs);
  const totalMs = useStore(session.state, (state) => state.totalMs);
  return (
    <div className="demo-progress" data-testid="demo-progress">
      <progress max={totalMs} value={playedMs} aria-hidden="true" />
      <span>{t('onboarding_demo_progress', formatClock(playedMs / 1000), formatClock(totalMs / 1000))}</span>
    </div>
  );
}

function PauseButton({ session }: { session: DemoSession }) {
  const phase = useStore(session.state, (state) => state.phase);
  if (phase === 'ended') return null;
  const paused = phase === 'paused';
  return (
    <button type="button" className="button" onClick={() => (paused ? session.resume() : session.pause())} data-testid="demo-pause" data-paused={paused}>
      {paused ? t('onboarding_demo_resume') : t('onboarding_demo_pause')}
    </button>
  );
}

function DemoDebrief({ session }: { session: DemoSession }) {
  const debrief = useStore(session.state, (state) => state.debrief);
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (debrief) section.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [debrief]);
  if (!debrief) return null;
  return (
    <section ref={section} className="demo-debrief" data-testid="demo-debrief" aria-label={t('onboarding_demo_ended')}>
      <p className="tour-lead">{t('onboarding_demo_ended')}</p>
      <DebriefView debrief={debrief} headingLevel={3} />
    </section>
  );
}

function CallOverNote({ session }: { session: DemoSession }) {
  const phase = useStore(session.state, (state) => state.phase);
  return phase === 'ended' ? <p className="demo-waiting">{t('onboarding_demo_call_over')}</p> : null;
}

function DemoMeetingOverlay({ session, settings }: { session: DemoSession; settings: UserSettings }) {
  const playbook = useMemo(() => overlayPlaybook(settings, coachingMethodology()), [settings]);
  const phase = useStore(session.state, (state) => state.phase);
  if (phase === 'ended') return null;
  return <DemoOverlay live={session.live} ui={session.ui} playbook={playbook} />;
}

export function DemoStep() {
  const settings = useUserSettings();
  const [session, setSession] = useState<DemoSession | null>(null);
  const [speed, setSpeed] = useState<number>(DEFAULT_SPEED);
  const stage = useRef<HTMLDivElement>(null);

  // A replaced or abandoned run stops its timers and its caption reader.
  useEffect(() => () => session?.stop(), [session]);

  const play = () => {
    if (!settings || !stage.current) return;
    // The previous run lets go of the meeting before it is cleared for the next one.
    session?.stop();
    stage.current.replaceChildren();
    setSession(startDemoSession({ document, script: DEMO_SCRIPT, classifier: defaultClassifier(), settings, methodology: coachingMethodology(), speed }));
  };

  const changeSpeed = (next: number) => {
    setSpeed(next);
    session?.setSpeed(next);
  };

  return (
    <>
      <p className="tour-lead">{t('onboarding_demo_lead')}</p>
      <div className="demo-controls">
        {session ? (
          <>
            <PauseButton session={session} />
            <button type="button" className="button button-secondary" onClick={play} data-testid="demo-restart">
              {t('onboarding_demo_restart')}
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={play} disabled={!settings} data-testid="demo-play">
            {settings ? t('onboarding_demo_play') : t('onboarding_demo_loading')}
          </button>
        )}
        <label className="demo-speed">
          {t('onboarding_demo_speed')}
          <select value={speed} onChange={(event) => changeSpeed(Number(event.target.value))} data-testid="demo-speed">
            {DEMO_SPEEDS.map((option) => (
              <option key={option} value={option}>
                {t('onboarding_demo_speed_option', option)}
              </option>
            ))}
          </select>
        </label>
        {session ? <DemoProgress session={session} /> : null}
      </div>
      <div className="demo-meeting" role="region" aria-label={t('onboarding_demo_meeting_label')} data-testid="demo-meeting">
        <MeetingTiles />
        <div ref={stage} className="demo-replay-stage" data-replay-stage="" />
        {session && settings ? <DemoMeetingOverlay session={session} settings={settings} /> : null}
        {session ? <CallOverNote session={session} /> : <p className="demo-waiting">{t('onboarding_demo_waiting')}</p>}
      </div>
      {session ? <DemoDebrief session={session} /> : null}
    </>
  );
}
