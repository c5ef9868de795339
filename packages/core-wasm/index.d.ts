/** URL of the release kernel (optimise level 3, no asserts). */
export declare const kernelWasmUrl: URL;
/** URL of the debug kernel (asserts kept, names in the binary). */
export declare const kernelDebugWasmUrl: URL;
