// finding: R7-cancel-in-try-join
// seed: 1000278
// expect `take 2 mid 1 cancel` => item Err(15) item Ok(17) gaveup w18x w19x t24 w25- t24. cancel=Ok
// expect `take 2 mid 2 cancel` => item Err(15) item Ok(17) gaveup w18x w19x t24 w25- t24. cancel=Ok
// expect `take 2 mid 3 cancel` => item Err(15) item Ok(17) w19- j19 gaveup w18x t24 w25- t24. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t24");
        W::new(&ctx, 25, 2).await;
        ctx.log("t24.");
    }
    let m1: u32 = match ctx.pick(1, 1, 2) {
        0 => {
            {
                teardown! {
                    ctx.log("t3");
                    ctx.log("t3.");
                }
                let b4: u32 = 'l4: {
                    ctx.check(5, 0b10, 2)?;
                    yield_!(Ok(6));
                    yield_!(Ok(7));
                    teardown! {
                        ctx.log("t8");
                        W::new(&ctx, 9, 0).await;
                        ctx.log("t8.");
                    }
                    ctx.log("s10");
                    8
                };
                ctx.log(format!("b4={b4}"));
                let mut c11 = 0;
                while c11 < 2 {
                    c11 += 1;
                    yield_!(Ok(12));
                    ctx.check(13, 0b11, 3)?;
                    ctx.check(14, 0b100, 3)?;
                }
            }
            return;
        }
        _ => {
            yield_!(Err(15));
            let b16: u32 = 'l16: {
                yield_!(Ok(17));
                tokio::try_join!(async { W::new(&ctx, 18, 3).await; ctx.log("j18"); Ok::<(), u32>(()) }, async { W::new(&ctx, 19, 2).await; ctx.log("j19"); Ok::<(), u32>(()) })?;
                45
            };
            ctx.log(format!("b16={b16}"));
            37
        }
    };
    ctx.log(format!("m1={m1}"));
    W::new(&ctx, 20, 1).await;
    teardown! {
        ctx.log("t21");
        W::new(&ctx, 22, 2).await;
        ctx.log("t21.");
    }
    ctx.log("s23");
}
