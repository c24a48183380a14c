// The seeded PRNG lives with the benchmarks (compiled for node); tests use the same one.
export { pick, prng } from '../../bench/prng';
