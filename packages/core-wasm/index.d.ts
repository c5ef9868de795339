/** URL of the release kernel (optimise level 3, no asserts). */
export declare const kernelWasmUrl: URL;
