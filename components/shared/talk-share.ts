// Whether the rep's talk share is over the aim, judged on the whole percentages the rep reads: 40.4 % shows
// as "40%" and must not turn warning orange beside "aim for 40% or less".

export function talkShareOverAim(share: number, max: number): boolean {
  return Math.round(share * 100) > Math.round(max * 100);
}
