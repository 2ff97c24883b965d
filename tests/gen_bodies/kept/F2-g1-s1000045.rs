// finding: F2-teardown-in-let-else
// seed: 1000045
// expect `drain` => s9 t10 t10. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => s9 t10 t10. end close
// expect `take 0 mid 1 cancel` => s9 t10 t10. end cancel
// expect `take 0 mid 2 close` => s9 t10 t10. end close
// expect `take 0 mid 2 cancel` => s9 t10 t10. end cancel
// expect `take 0 mid 3 close` => s9 t10 t10. end close
// expect `take 0 mid 3 cancel` => s9 t10 t10. end cancel
// expect `take 1 close` => s9 t10 t10. end close
// expect `take 1 cancel` => s9 t10 t10. end cancel
// expect `take 1 mid 1 close` => s9 t10 t10. end close
// expect `take 1 mid 1 cancel` => s9 t10 t10. end cancel
// expect `take 1 mid 2 close` => s9 t10 t10. end close
// expect `take 1 mid 2 cancel` => s9 t10 t10. end cancel
// expect `take 1 mid 3 close` => s9 t10 t10. end close
// expect `take 1 mid 3 cancel` => s9 t10 t10. end cancel
// expect `take 2 close` => s9 t10 t10. end close
// expect `take 2 cancel` => s9 t10 t10. end cancel
// expect `take 2 mid 1 close` => s9 t10 t10. end close
// expect `take 2 mid 1 cancel` => s9 t10 t10. end cancel
// expect `take 2 mid 2 close` => s9 t10 t10. end close
// expect `take 2 mid 2 cancel` => s9 t10 t10. end cancel
// expect `take 2 mid 3 close` => s9 t10 t10. end close
// expect `take 2 mid 3 cancel` => s9 t10 t10. end cancel
// expect `take 4 mid 1 close` => s9 t10 t10. end close
// expect `take 3 cancel` => s9 t10 t10. end cancel
// expect `take 4 cancel` => s9 t10 t10. end cancel
// expect `take 6 mid 5 close` => s9 t10 t10. end close
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t10");
        ctx.log("t10.");
    }
    if ctx.ch(1, 0b10, 2) {
        teardown! {
            ctx.log("t2");
            ctx.log("t2.");
        }
        teardown! {
            ctx.log("t3");
            ctx.log("t3.");
        }
        let Some(v4) = ctx.opt(4, 0b1000, 4) else {
            teardown! {
                ctx.log("t5");
                ctx.log("t5.");
            }
            let m6: u32 = match ctx.pick(6, 1, 2) {
                0 => {
                    ctx.log("s7");
                    18
                }
                _ => {
                    ctx.log("s8");
                    return;
                }
            };
            ctx.log(format!("m6={m6}"));
            return;
        };
        ctx.log(format!("L{v4}"));
    } else {
        ctx.log("s9");
    }
}
