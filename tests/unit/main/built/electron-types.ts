// How the double is held to Electron's own type definitions (node_modules/electron/electron.d.ts):
// it may implement only members Electron has, taking the arguments Electron's signatures take.
import type * as Electron from 'electron';

export type { Electron };

/**
 * Members of an Electron type the double implements. Methods take Electron's arguments (its last
 * overload) and may return a double's value; objects (a window's webContents) are doubles checked
 * with their own Like; plain values keep Electron's type.
 */
export type Like<T> = {
  [K in keyof T]?: T[K] extends (...args: infer A) => unknown ? (...args: A) => unknown : T[K] extends object ? unknown : T[K];
};

/** Compiles only when `Double` has no member `Real` lacks: `const checked: OnlyElectron<D, R> = true`. */
export type OnlyElectron<Double, Real> = [Exclude<keyof Double, keyof Real>] extends [never] ? true : { notInElectron: Exclude<keyof Double, keyof Real> };
