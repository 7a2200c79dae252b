// Progress of an export as the user sees it: a stage, a fraction of the bar, one line of text.
import type { ExportProgress } from '../../shared/api';
import type { PrintStatus } from '../../shared/print-plan';

export type ProgressListener = (progress: ExportProgress) => void;

/** Where each stage starts on the bar. Drawing (maps, fonts) takes the largest share: it is the slow part. */
const stageStart: Record<ExportProgress['stage'], number> = {
  starting: 0,
  loading: 0.05,
  drawing: 0.15,
  printing: 0.6,
  finishing: 0.85,
  writing: 0.95,
  done: 1,
  failed: 1,
  cancelled: 1,
};

export function progress(stage: ExportProgress['stage'], message: string, within = 0): ExportProgress {
  const next = Object.entries(stageStart).find(([, start]) => start > stageStart[stage])?.[1] ?? 1;
  const fraction = stageStart[stage] + Math.min(Math.max(within, 0), 1) * (next - stageStart[stage]);
  return { stage, fraction: Math.round(fraction * 1000) / 1000, message };
}

/** The print view's own status, as progress. */
export function progressOfPrintView(status: PrintStatus): ExportProgress {
  if (status.stage === 'drawing' && status.mapsTotal > 0) {
    return progress('drawing', `Drawing maps (${status.mapsDrawn} of ${status.mapsTotal})`, status.mapsDrawn / status.mapsTotal);
  }
  if (status.stage === 'drawing') return progress('drawing', 'Waiting for fonts and images', 0.5);
  if (status.stage === 'ready') return progress('drawing', 'Ready to print', 1);
  return progress('loading', 'Laying out the slides', status.stage === 'layout' ? 0.5 : 0);
}
