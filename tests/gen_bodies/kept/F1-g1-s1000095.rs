// finding: F1-return-in-select-try-mode
// seed: 1000095
// expect `drain` => w1- item Ok(2) item Ok(5) b6=14 w10- w21x w13- end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => gaveup w1- close=Ok
// expect `take 0 mid 1 cancel` => gaveup w1x cancel=Ok
// expect `take 0 mid 2 close` => gaveup w1- close=Ok
// expect `take 0 mid 2 cancel` => gaveup w1x cancel=Ok
// expect `take 0 mid 3 close` => gaveup w1- close=Ok
// expect `take 0 mid 3 cancel` => gaveup w1x cancel=Ok
// expect `take 1 close` => w1- item Ok(2) close=Ok
// expect `take 1 cancel` => w1- item Ok(2) cancel=Ok
// expect `take 1 mid 1 close` => w1- item Ok(2) item Ok(5) close=Ok
// expect `take 1 mid 1 cancel` => w1- item Ok(2) item Ok(5) cancel=Ok
// expect `take 1 mid 2 close` => w1- item Ok(2) item Ok(5) close=Ok
// expect `take 1 mid 2 cancel` => w1- item Ok(2) item Ok(5) cancel=Ok
// expect `take 1 mid 3 close` => w1- item Ok(2) item Ok(5) close=Ok
// expect `take 1 mid 3 cancel` => w1- item Ok(2) item Ok(5) cancel=Ok
// expect `take 2 close` => w1- item Ok(2) item Ok(5) close=Ok
// expect `take 2 cancel` => w1- item Ok(2) item Ok(5) cancel=Ok
// expect `take 2 mid 1 close` => w1- item Ok(2) item Ok(5) b6=14 w10- w21x gaveup w13- close=Ok
// expect `take 2 mid 1 cancel` => w1- item Ok(2) item Ok(5) b6=14 w10- w21x gaveup w13x cancel=Ok
// expect `take 2 mid 2 close` => w1- item Ok(2) item Ok(5) b6=14 w10- w21x w13- end close=Ok
// expect `take 2 mid 2 cancel` => w1- item Ok(2) item Ok(5) b6=14 w10- w21x w13- end cancel=Ok
// expect `take 2 mid 3 close` => w1- item Ok(2) item Ok(5) b6=14 w10- w21x w13- end close=Ok
// expect `take 2 mid 3 cancel` => w1- item Ok(2) item Ok(5) b6=14 w10- w21x w13- end cancel=Ok
// expect `take 3 mid 2 close` => w1- item Ok(2) item Ok(5) b6=14 w10- w21x w13- end close=Ok
// expect `take 3 mid 1 cancel` => w1- item Ok(2) item Ok(5) b6=14 w10- w21x w13- end cancel=Ok
// expect `take 5 mid 2 cancel` => w1- item Ok(2) item Ok(5) b6=14 w10- w21x w13- end cancel=Ok
// expect `take 3 close` => w1- item Ok(2) item Ok(5) b6=14 w10- w21x w13- end close=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    W::new(&ctx, 1, 3).await;
    yield_!(Ok(2));
    if ctx.ch(3, 0b10, 3) {
        ctx.check(4, 0b11, 2)?;
    } else {
        yield_!(Ok(5));
        let mut c6 = 0;
        let b6: u32 = loop {
            c6 += 1;
            if c6 > 0 { break 14; }
            W::new(&ctx, 7, 0).await;
            for _ in 0..3 {
                yield_!(Ok(9));
            }
        };
        ctx.log(format!("b6={b6}"));
    }
    tokio::select! {
        _ = W::new(&ctx, 10, 0) => {
            let m11: u32 = match ctx.pick(11, 0, 3) {
                0 => {
                    let m12: u32 = match ctx.pick(12, 0, 2) {
                        0 => {
                            W::new(&ctx, 13, 1).await;
                            return;
                        }
                        _ => {
                            yield_!(Err(14));
                            W::new(&ctx, 15, 1).await;
                            tokio::join!(W::new(&ctx, 16, 2), async { W::new(&ctx, 17, 3).await; ctx.log("j17"); }, async { W::new(&ctx, 18, 0).await; ctx.log("j18"); });
                            return;
                        }
                    };
                    ctx.log(format!("m12={m12}"));
                    26
                }
                1 => {
                    ctx.log("s19");
                    30
                }
                _ => {
                    ctx.log("s20");
                    22
                }
            };
            ctx.log(format!("m11={m11}"));
            return;
        }
        _ = W::new(&ctx, 21, 3) => {
            ctx.log("s22");
        }
    }
}
