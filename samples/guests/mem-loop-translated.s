// mem-loop-translated.s — the memory benchmark guest with translation on (README: performance).
//
// Maps the text (0x100000) and the data (0x200000) one to one with 1 MiB translation
// registers in region 0 (rid 0x100), turns psr.it, psr.dt, psr.rt and psr.ic on with an rfi
// (SDM Vol. 2 Part I 4.1), then runs the loop of mem-loop.inc, as mem-loop.s does physically.

	.explicit
	PTE = 1 | (1 << 5) | (1 << 6) | (3 << 9)	// present, WB, accessed, dirty, pl 0, rwx
	ITIR = 20 << 2					// 1 MiB, key 0
	PSR = (1 << 13) | (1 << 17) | (1 << 27) | (1 << 36)	// ic, dt, rt, it

	.text
	.align 16
	.global _start
	.proc _start
_start:
	alloc r2 = ar.pfs, 0, 8, 0, 0
	movl r16 = (0x100 << 8) | (14 << 2) ;;
	mov rr[r0] = r16 ;;
	srlz.d
	movl r16 = 0x100000
	movl r17 = ITIR ;;
	mov cr.ifa = r16
	mov cr.itir = r17
	movl r18 = 0x100000 | PTE ;;
	itr.i itr[r0] = r18 ;;
	srlz.i
	movl r16 = 0x200000 ;;
	mov cr.ifa = r16
	movl r18 = 0x200000 | PTE ;;
	itr.d dtr[r0] = r18 ;;
	srlz.d
	movl r16 = PSR
	movl r17 = mem_loop ;;
	mov cr.ipsr = r16
	mov cr.iip = r17
	mov cr.ifs = r0 ;;
	rfi ;;
	.endp _start

	.include "mem-loop.inc"
