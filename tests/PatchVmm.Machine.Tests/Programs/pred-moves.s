// pred-moves.s — mov pr=r,mask, mov pr.rot, mov r=pr
//
// Covers I23 (masked moves to the predicates, the mask's sign extending to p16..p63, p0
// unaffected), I24 (the rotating predicates from an immediate) and I25 mov r=pr.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0xa5a5a5a5a5a5a5a5 ;;
	mov pr = r2, -2 ;;
	mov r3 = pr ;;
	mov pr = r0, 0xff0 ;;
	mov r4 = pr ;;
	mov pr.rot = 0x5a5a0000 ;;
	mov r5 = pr ;;
	mov pr.rot = -65536 ;;
	mov r6 = pr ;;
	mov pr = r0, 0x1fe ;;
	mov r7 = pr ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
