// The model panel wired to the extension: the place on the options page renders <ModelTierSettings />.
import { useMemo } from 'react';
import { browser } from 'wxt/browser';
import { createModelTierClient, type ModelTierClient, type RuntimeLike } from './model-tier-client';
import { ModelTierPanel } from './ModelTierPanel';
import { useModelTier } from './use-model-tier';

export function ModelTierSettings({ client }: { client?: ModelTierClient }) {
  const resolved = useMemo(() => client ?? createModelTierClient(browser.runtime as unknown as RuntimeLike), [client]);
  return <ModelTierPanel state={useModelTier(resolved)} />;
}
