/** URL of the debug kernel (asserts kept, names in the binary). */
export declare const kernelDebugWasmUrl: URL;
