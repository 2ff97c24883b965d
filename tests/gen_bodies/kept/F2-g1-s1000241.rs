// finding: F2-teardown-in-let-else
// seed: 1000241
// expect `drain` => w1- item Ok(2) s3 s23 end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => gaveup w1- close=Ok
// expect `take 0 mid 1 cancel` => gaveup w1x cancel=Ok
// expect `take 0 mid 2 close` => w1- item Ok(2) close=Ok
// expect `take 0 mid 2 cancel` => w1- item Ok(2) cancel=Ok
// expect `take 0 mid 3 close` => w1- item Ok(2) close=Ok
// expect `take 0 mid 3 cancel` => w1- item Ok(2) cancel=Ok
// expect `take 1 close` => w1- item Ok(2) close=Ok
// expect `take 1 cancel` => w1- item Ok(2) cancel=Ok
// expect `take 1 mid 1 close` => w1- item Ok(2) s3 s23 end close=Ok
// expect `take 1 mid 1 cancel` => w1- item Ok(2) s3 s23 end cancel=Ok
// expect `take 1 mid 2 close` => w1- item Ok(2) s3 s23 end close=Ok
// expect `take 1 mid 2 cancel` => w1- item Ok(2) s3 s23 end cancel=Ok
// expect `take 1 mid 3 close` => w1- item Ok(2) s3 s23 end close=Ok
// expect `take 1 mid 3 cancel` => w1- item Ok(2) s3 s23 end cancel=Ok
// expect `take 2 close` => w1- item Ok(2) s3 s23 end close=Ok
// expect `take 2 cancel` => w1- item Ok(2) s3 s23 end cancel=Ok
// expect `take 2 mid 1 close` => w1- item Ok(2) s3 s23 end close=Ok
// expect `take 2 mid 1 cancel` => w1- item Ok(2) s3 s23 end cancel=Ok
// expect `take 2 mid 2 close` => w1- item Ok(2) s3 s23 end close=Ok
// expect `take 2 mid 2 cancel` => w1- item Ok(2) s3 s23 end cancel=Ok
// expect `take 2 mid 3 close` => w1- item Ok(2) s3 s23 end close=Ok
// expect `take 2 mid 3 cancel` => w1- item Ok(2) s3 s23 end cancel=Ok
// expect `take 6 mid 3 cancel` => w1- item Ok(2) s3 s23 end cancel=Ok
// expect `take 7 mid 3 cancel` => w1- item Ok(2) s3 s23 end cancel=Ok
// expect `take 6 mid 5 close` => w1- item Ok(2) s3 s23 end close=Ok
// expect `take 5 mid 6 close` => w1- item Ok(2) s3 s23 end close=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    W::new(&ctx, 1, 1).await;
    yield_!(Ok(2));
    ctx.log("s3");
    let m4: u32 = match ctx.pick(4, 1, 2) {
        0 => {
            let mut c5 = 0;
            'l5: while c5 < 3 {
                c5 += 1;
                let Some(v6) = ctx.opt(6, 0b11, 3) else {
                    tokio::join!(async { W::new(&ctx, 7, 0).await; ctx.log("j7"); }, async { W::new(&ctx, 8, 3).await; ctx.log("j8"); }, W::new(&ctx, 9, 2));
                    teardown! {
                        ctx.log("t10");
                        W::new(&ctx, 11, 1).await;
                        ctx.log("t10.");
                    }
                    ctx.log("s12");
                    yield_!(Ok(13));
                    continue 'l5;
                };
                ctx.log(format!("L{v6}"));
                teardown! {
                    ctx.log("t14");
                    W::new(&ctx, 15, 2).await;
                    ctx.log("t14.");
                }
                W::new(&ctx, 16, 3).await;
            }
            W::new(&ctx, 17, 0).await;
            let b18: u32 = 'l18: {
                let mut c19 = 0;
                let b19: u32 = 'l19: loop {
                    c19 += 1;
                    if c19 > 0 { break 42; }
                    W::new(&ctx, 20, 1).await;
                    ctx.log("s21");
                };
                ctx.log(format!("b19={b19}"));
                break 'l18 48;
                28
            };
            ctx.log(format!("b18={b18}"));
            return;
            ctx.log("s22");
            return;
        }
        _ => {
            ctx.log("s23");
            return;
            ctx.log("s24");
            return;
        }
    };
    ctx.log(format!("m4={m4}"));
}
