// finding: F2-teardown-in-let-else
// seed: 1000251
// expect `drain` => s12 m1=7 end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => s12 m1=7 end close
// expect `take 0 mid 1 cancel` => s12 m1=7 end cancel
// expect `take 0 mid 2 close` => s12 m1=7 end close
// expect `take 0 mid 2 cancel` => s12 m1=7 end cancel
// expect `take 0 mid 3 close` => s12 m1=7 end close
// expect `take 0 mid 3 cancel` => s12 m1=7 end cancel
// expect `take 1 close` => s12 m1=7 end close
// expect `take 1 cancel` => s12 m1=7 end cancel
// expect `take 1 mid 1 close` => s12 m1=7 end close
// expect `take 1 mid 1 cancel` => s12 m1=7 end cancel
// expect `take 1 mid 2 close` => s12 m1=7 end close
// expect `take 1 mid 2 cancel` => s12 m1=7 end cancel
// expect `take 1 mid 3 close` => s12 m1=7 end close
// expect `take 1 mid 3 cancel` => s12 m1=7 end cancel
// expect `take 2 close` => s12 m1=7 end close
// expect `take 2 cancel` => s12 m1=7 end cancel
// expect `take 2 mid 1 close` => s12 m1=7 end close
// expect `take 2 mid 1 cancel` => s12 m1=7 end cancel
// expect `take 2 mid 2 close` => s12 m1=7 end close
// expect `take 2 mid 2 cancel` => s12 m1=7 end cancel
// expect `take 2 mid 3 close` => s12 m1=7 end close
// expect `take 2 mid 3 cancel` => s12 m1=7 end cancel
// expect `take 8 cancel` => s12 m1=7 end cancel
// expect `take 6 mid 2 cancel` => s12 m1=7 end cancel
// expect `take 5 mid 3 close` => s12 m1=7 end close
// expect `take 3 mid 1 cancel` => s12 m1=7 end cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    let m1: u32 = match ctx.pick(1, 1, 2) {
        0 => {
            let mut c2 = 0;
            loop {
                c2 += 1;
                if c2 > 0 { break; }
                let mut c3 = 0;
                while c3 < 0 {
                    c3 += 1;
                    tokio::join!(async { W::new(&ctx, 4, 3).await; ctx.log("j4"); }, async { W::new(&ctx, 5, 2).await; ctx.log("j5"); });
                    W::new(&ctx, 6, 2).await;
                }
                let Some(v7) = ctx.opt(7, 0b1111, 4) else {
                    yield_!(8);
                    teardown! {
                        ctx.log("t9");
                        ctx.log("t9.");
                    }
                    teardown! {
                        ctx.log("t10");
                        ctx.log("t10.");
                    }
                    ctx.log("s11");
                    continue;
                };
                ctx.log(format!("L{v7}"));
            }
            32
        }
        _ => {
            ctx.log("s12");
            7
        }
    };
    ctx.log(format!("m1={m1}"));
}
