// lfetch.s — lfetch forms
//
// Covers M13/M14/M15 lfetch, lfetch.excl, lfetch.fault with hints: no effect on memory
// or registers except the base post-increment.
//
// A test program of the machine (issue 3): its final state is compared, field by field,
// with the state Ski leaves it in (NAME.ski.json, tools/regen-ski-states.sh).

	.explicit
	.text
	.align 16
	.global _start
	.proc _start
_start:
	movl r2 = 0x200000 ;;
	mov r3 = 128 ;;
	lfetch [r2] ;;
	lfetch.nt1 [r2], 64 ;;
	lfetch.excl.nt2 [r2], r3 ;;
	lfetch.fault [r2], -32 ;;
	lfetch.fault.excl.nta [r2], r3 ;;
	mov r4 = r2 ;;
	mov r32 = 0 ;;
	mov r13 = r8 ;;			// keep r8: EXIT replaces it with the status
	mov r15 = 66 ;;			// SSC EXIT, status in r32
	break.m 0x80001 ;;
	.endp _start
