// What both memory pages (Coaching Themes, Discovery Playbook) are given by their route.
import type { MentalModelVersion, ModelId } from '../../../lib/memory/memory-schema';
import type { MemoryView } from '../../../store/memory-store';
import type { StoredCallTitles } from './EvidenceList';

export interface MemoryPageProps {
  memory: MemoryView;
  storedCalls: StoredCallTitles;
  loadVersion(modelId: ModelId, version: number): Promise<MentalModelVersion | undefined>;
}

export const latestModel = (memory: MemoryView, modelId: ModelId) => memory.models.find((model) => model.modelId === modelId);
export const historyOf = (memory: MemoryView, modelId: ModelId) => memory.modelHistory.filter((entry) => entry.modelId === modelId);
