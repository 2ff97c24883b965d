// finding: F3-teardown-in-diverging-arm
// seed: 1000281
// expect `drain` => s12 end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => s12 end close
// expect `take 0 mid 1 cancel` => s12 end cancel
// expect `take 0 mid 2 close` => s12 end close
// expect `take 0 mid 2 cancel` => s12 end cancel
// expect `take 0 mid 3 close` => s12 end close
// expect `take 0 mid 3 cancel` => s12 end cancel
// expect `take 1 close` => s12 end close
// expect `take 1 cancel` => s12 end cancel
// expect `take 1 mid 1 close` => s12 end close
// expect `take 1 mid 1 cancel` => s12 end cancel
// expect `take 1 mid 2 close` => s12 end close
// expect `take 1 mid 2 cancel` => s12 end cancel
// expect `take 1 mid 3 close` => s12 end close
// expect `take 1 mid 3 cancel` => s12 end cancel
// expect `take 2 close` => s12 end close
// expect `take 2 cancel` => s12 end cancel
// expect `take 2 mid 1 close` => s12 end close
// expect `take 2 mid 1 cancel` => s12 end cancel
// expect `take 2 mid 2 close` => s12 end close
// expect `take 2 mid 2 cancel` => s12 end cancel
// expect `take 2 mid 3 close` => s12 end close
// expect `take 2 mid 3 cancel` => s12 end cancel
// expect `take 7 mid 4 cancel` => s12 end cancel
// expect `take 8 close` => s12 end close
// expect `take 8 mid 6 close` => s12 end close
// expect `take 5 mid 2 cancel` => s12 end cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    let Some(v1) = ctx.opt(1, 0b110, 4) else {
        match ctx.pick(2, 2, 3) {
            0 => {
                yield_!(3);
            }
            1 => {
                W::new(&ctx, 4, 3).await;
                teardown! {
                    ctx.log("t5");
                    W::new(&ctx, 6, 1).await;
                    ctx.log("t5.");
                }
                let m7: u32 = match ctx.pick(7, 0, 2) {
                    0 => {
                        yield_!(8);
                        teardown! {
                            ctx.log("t9");
                            ctx.log("t9.");
                        }
                        ctx.log("s10");
                        return;
                    }
                    _ => {
                        ctx.log("s11");
                        return;
                    }
                };
                ctx.log(format!("m7={m7}"));
            }
            _ => {
                ctx.log("s12");
            }
        }
        return;
    };
    ctx.log(format!("L{v1}"));
    return;
}
