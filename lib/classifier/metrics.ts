// Classification quality: confusion matrix, per-class precision/recall/F1 and macro-F1.

export interface ClassScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvaluationReport {
  labels: readonly string[];
  /** confusion[actual][predicted] counts. */
  confusion: number[][];
  perClass: ClassScore[];
  /** Mean F1 over the classes that occur in the gold labels or the predictions. */
  macroF1: number;
  accuracy: number;
}

export function evaluatePredictions(labels: readonly string[], actual: number[], predicted: number[]): EvaluationReport {
  const confusion = labels.map(() => labels.map(() => 0));
  actual.forEach((gold, i) => confusion[gold][predicted[i]]++);
  const perClass = labels.map((label, c) => {
    const truePositives = confusion[c][c];
    const support = confusion[c].reduce((sum, n) => sum + n, 0);
    const predictedCount = confusion.reduce((sum, row) => sum + row[c], 0);
    const precision = predictedCount > 0 ? truePositives / predictedCount : 0;
    const recall = support > 0 ? truePositives / support : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support, predictedCount };
  });
  const present = perClass.filter((score) => score.support > 0 || score.predictedCount > 0);
  const macroF1 = present.length > 0 ? present.reduce((sum, score) => sum + score.f1, 0) / present.length : 0;
  const correct = actual.filter((gold, i) => gold === predicted[i]).length;
  return {
    labels,
    confusion,
    perClass: perClass.map(({ label, precision, recall, f1, support }) => ({ label, precision, recall, f1, support })),
    macroF1,
    accuracy: actual.length > 0 ? correct / actual.length : 0,
  };
}

/** A fixed-width text table of per-class scores and the confusion matrix, for the CLIs. */
export function formatReport(title: string, report: EvaluationReport): string {
  const width = Math.max(...report.labels.map((label) => label.length), 9);
  const pad = (text: string) => text.padEnd(width);
  const num = (value: number) => value.toFixed(3).padStart(9);
  const lines = [
    `${title}: macro-F1 ${report.macroF1.toFixed(3)}, accuracy ${report.accuracy.toFixed(3)}`,
    `${pad('class')} precision    recall        F1   support`,
    ...report.perClass.map(
      (score) => `${pad(score.label)} ${num(score.precision)} ${num(score.recall)} ${num(score.f1)} ${String(score.support).padStart(9)}`,
    ),
    `confusion (rows = actual, columns = predicted):`,
    `${pad('')} ${report.labels.map((label) => label.slice(0, 9).padStart(9)).join(' ')}`,
    ...report.confusion.map((row, c) => `${pad(report.labels[c])} ${row.map((n) => String(n).padStart(9)).join(' ')}`),
  ];
  return lines.join('\n');
}
