// The rep's settings as React state that follows changes made in any extension page.
import { useEffect, useState } from 'react';
import { loadUserSettings, watchUserSettings, type UserSettings } from '../../../store/user-settings';

export function useUserSettings(): UserSettings | null {
  const [settings, setSettings] = useState<UserSettings | null>(null);
  useEffect(() => {
    let active = true;
    void loadUserSettings().then((loaded) => active && setSettings(loaded));
    const unwatch = watchUserSettings((next) => active && setSettings(next));
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  return settings;
}
