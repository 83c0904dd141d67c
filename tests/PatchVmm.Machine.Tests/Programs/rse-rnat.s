// rse-rnat.s — NaT bits through the backing store
//
// Registers with their NaT bit set (made by ld8.fill) live in frames that are spilled by
// deep recursion: the NaT bits go to the NaT collections via ar.rnat and come back on
// the fills; tnat counts them on the way up.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	alloc r40 = ar.pfs, 0, 8, 1, 0 ;;
	mov ar.rsc = 0 ;;
	movl r2 = 0x400100 ;;
	mov ar.bspstore = r2 ;;
	mov r3 = -1 ;;
	mov ar.unat = r3 ;;
	movl r2 = 0x200000 ;;
	ld8.fill r33 = [r2] ;;
	mov r40 = 150 ;;
	br.call.sptk.many b0 = nats ;;
	mov r34 = r8 ;;
	mov r35 = ar.rnat ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start

// nats(n): each frame holds a NaT in r36; returns the number of frames whose NaT survived.
	.proc nats
nats:
	alloc r35 = ar.pfs, 1, 5, 1, 0 ;;
	mov r34 = b0 ;;
	movl r2 = 0x200000 ;;
	ld8.fill r36 = [r2] ;;
	mov r8 = 0 ;;
	cmp.eq p6, p7 = 0, r32 ;;
(p6)	br.cond.dpnt.few .Lret ;;
	adds r38 = -1, r32 ;;
	br.call.sptk.many b0 = nats ;;
	tnat.nz p8, p9 = r36 ;;
(p8)	adds r8 = 1, r8 ;;
.Lret:
	mov b0 = r34 ;;
	mov ar.pfs = r35 ;;
	br.ret.sptk.many b0 ;;
	.endp nats
