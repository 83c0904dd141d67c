// mem-loop.s — the memory benchmark guest with translation off (README: performance).
//
// Physical addressing (psr = 0, as the machine boots): the loop of mem-loop.inc. Its twin
// mem-loop-translated.s runs the same loop with psr.it, psr.dt and psr.rt on; the
// TranslationBenchmarks compare the two.

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 8, 0, 0 ;;
	br.sptk.many mem_loop ;;
	.endp _start

	.include "mem-loop.inc"
