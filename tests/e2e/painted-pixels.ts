// What the reader sees of a highlight: the pixels of a range's first box,
// taken from a screenshot and read back through a canvas in a blank page of the
// same browser (no image library). Proves the `::highlight()` rules apply,
// wherever the stylesheet lives (adopted or a <style> element). Works with a
// Playwright page (Chromium) and a Puppeteer page (Firefox over BiDi).

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The viewport box of the first range in highlight `name` whose text matches `pattern`, scrolled to the centre. Runs in the page. */
export function rangeBoxInPage([name, pattern]: [string, string]): Box {
  const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
  const range = [...(registry.get(name) ?? [])].find((r) => new RegExp(pattern).test(r.toString()));
  if (!range) throw new Error('no range');
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const r = range.getClientRects()[0]!;
  return { x: Math.floor(r.left), y: Math.floor(r.top), width: Math.ceil(r.width), height: Math.ceil(r.height) };
}

/** Share of a PNG's pixels that are red-tinted (r ≥ g + 25 and r ≥ b + 25). Runs in a blank page. */
export async function redShareInPage(b64: string): Promise<number> {
  const img = new Image();
  img.src = `data:image/png;base64,${b64}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  let red = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! >= data[i + 1]! + 25 && data[i]! >= data[i + 2]! + 25) red++;
  return red / (data.length / 4);
}

/**
 * Share of red-tinted pixels in a highlight's box: `box()` finds it in the page
 * (`rangeBoxInPage`), `shot()` screenshots it, `decode()` runs `redShareInPage` in
 * a blank page of the same browser.
 */
export async function redShare(io: {
  box(): Promise<Box>;
  shot(clip: Box): Promise<Uint8Array>;
  decode(b64: string): Promise<number>;
}): Promise<number> {
  const png = await io.shot(await io.box());
  return io.decode(Buffer.from(png).toString('base64'));
}
