// rse-cover.s — cover
//
// Covers B8 cover at psr.ic = 0: the frame becomes dirty, ar.bsp moves past it, cr.ifs
// gets the old frame marker, and a new empty frame is allocated after it.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	alloc r39 = ar.pfs, 0, 5, 3, 0 ;;
	mov ar.rsc = 0 ;;
	movl r2 = 0x400000 ;;
	mov ar.bspstore = r2 ;;
	mov r32 = 0x32 ;;
	mov r33 = 0x33 ;;
	mov r3 = ar.bsp ;;
	cover ;;
	mov r4 = ar.bsp ;;
	alloc r5 = ar.pfs, 0, 3, 0, 0 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
