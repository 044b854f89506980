import { countWeights, defaultFcnConfig, defaultSeedConfig } from '../core';

/**
 * What --preset says about the two architectures, with weight counts
 * computed from the model's own shapes (K = 32), never typed in by hand.
 */
export function seedPresetNote(): string {
  const k = 32;
  const study = countWeights({ preset: 'seed', size: 64, hidden: 4096, dropout: 0, prior: false, decision: 'argmax' }, k);
  const seed = countWeights(defaultSeedConfig, k);
  const fcn = countWeights(defaultFcnConfig, k);
  const billions = (study / 1e9).toFixed(2);
  return (
    `fcn (default): a small fully convolutional U-Net (${fcn.toLocaleString('en-US')} weights at K = 32) that colorizes any image size. ` +
    `seed: the original study's conv → dense → dense network. At the study's shape, S = 64 and hidden = 4096, it has ` +
    `about ${billions} billion weights (${study.toLocaleString('en-US')} at K = 32), far too many for a browser or Figma's storage; ` +
    `Hueprint's default seed preset is small (S=${defaultSeedConfig.size}, hidden=${defaultSeedConfig.hidden}: ` +
    `${seed.toLocaleString('en-US')} weights), and --size sets its S.`
  );
}
