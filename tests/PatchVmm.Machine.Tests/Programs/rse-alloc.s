// rse-alloc.s — alloc shapes
//
// Covers M34 alloc growing and shrinking the frame, with locals, outputs and a rotating
// region, r1 receiving ar.pfs, and the new frame's registers keeping their values when
// the frame shrinks and grows back.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	mov r40 = 40 ;;
	mov r90 = 90 ;;
	alloc r33 = ar.pfs, 2, 3, 4, 0 ;;
	mov r34 = 34 ;;
	alloc r34 = ar.pfs, 1, 1, 1, 0 ;;
	alloc r36 = ar.pfs, 8, 8, 8, 16 ;;
	mov r55 = 55 ;;
	alloc r37 = ar.pfs, 0, 10, 0, 8 ;;
	alloc r38 = ar.pfs, 0, 40, 0, 0 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
